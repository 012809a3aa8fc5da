#include "analytics/ClassifierRuleStore.h"

#include "store/Database.h"

#include <QJsonDocument>

namespace {
const QString kKey = QStringLiteral("traffic.rules");
}

QList<ClassifierRule> ClassifierRuleStore::load(const Database &db)
{
    const QJsonDocument doc = QJsonDocument::fromJson(db.meta(kKey).toUtf8());
    return ClassifierRule::listFromJson(doc.array());
}

bool ClassifierRuleStore::save(Database &db, const QList<ClassifierRule> &rules)
{
    const QByteArray json =
        QJsonDocument(ClassifierRule::listToJson(rules)).toJson(QJsonDocument::Compact);
    return db.setMeta(kKey, QString::fromUtf8(json));
}
