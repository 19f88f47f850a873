#pragma once

#include <QWidget>

namespace lianxin {

// The page of an area of work whose issue is not built yet: it says so, and nothing more.
class NotBuiltPage : public QWidget
{
    Q_OBJECT

public:
    NotBuiltPage(const QString &area, const QString &comingWith, QWidget *parent = nullptr);
};

} // namespace lianxin
