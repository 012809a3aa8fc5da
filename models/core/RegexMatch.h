// Matching a regular expression against a view without copying it: QRegularExpression::match
// (QStringView) is deprecated from Qt 6.5 in favour of matchView, which Qt 6.4 lacks. The one
// place that picks between them.
#pragma once

#include <QRegularExpression>
#include <QStringView>

inline QRegularExpressionMatch matchView(const QRegularExpression &re, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.matchView(text);
#else
    return re.match(text);
#endif
}
