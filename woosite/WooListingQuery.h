// The collection parameters of a list request, validated the way WordPress validates a route's
// args against its schema before the controller runs (rest_validate_value_from_schema): every
// invalid parameter is reported at once as rest_invalid_param 400. Which parameters a collection
// has follows the Version3 controllers' get_collection_params().
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

using WooParams = QList<std::pair<QString, QString>>;

struct WooListingSpec
{
    QStringList orderby;     // allowed values
    QString defaultOrderby;  // e.g. "date"
    QString defaultOrder;    // "desc" (posts) or "asc" (customers)
    bool dateFilters = true; // after, before, modified_after, modified_before, dates_are_gmt
    QStringList statuses;    // allowed values of "status" (an array); empty: no status param
    QString defaultStatus;
    QStringList integerParams;              // e.g. customer, product, category, parent
    QStringList stringParams;               // e.g. search, email, sku, slug
    QHash<QString, QStringList> enumParams; // e.g. role -> [...]
    QHash<QString, QString> enumDefaults;

    static WooListingSpec orders();
    static WooListingSpec products();
    static WooListingSpec variations();
    static WooListingSpec customers();
    static WooListingSpec notes();
};

class WooListingQuery
{
public:
    int page = 1;
    int perPage = 10;
    std::optional<qint64> offset;
    bool ascending = false;
    QString orderby;
    QList<qint64> include, exclude;
    // Wall-clock seconds (a date read as if it were GMT); compared with the local or GMT dates.
    std::optional<qint64> after, before, modifiedAfter, modifiedBefore;
    bool datesAreGmt = false;
    QStringList statuses;
    QStringList fields; // _fields
    QHash<QString, qint64> integers;
    QHash<QString, QString> strings;

    /// False with *errorBody set to the rest_invalid_param reply.
    static bool parse(const WooListingSpec &spec, const WooParams &params, WooListingQuery *out,
                      QByteArray *errorBody);

    /// WordPress' wp_sprintf_l: "a", "a and b", "a, b, and c".
    static QString listJoin(const QStringList &items);
};
