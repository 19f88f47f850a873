#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace lianxin {

// Where the next page starts in a keyset-paged list: the sort value and id of the last row seen.
// An empty cursor asks for the first page.
struct PageCursor
{
    QVariant sortValue;
    QString id;
    bool isStart() const { return id.isEmpty(); }
};

template <typename Row>
struct Page
{
    QList<Row> rows;
    PageCursor next;      // pass back for the following page
    bool hasMore = false; // whether a following page has rows
};

} // namespace lianxin
