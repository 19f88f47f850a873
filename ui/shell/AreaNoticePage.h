#pragma once

#include <QWidget>

namespace lianxin {

// The page of an area of work that has nothing to show this person — not built yet, or not for this
// role: its title and why, and nothing more.
class AreaNoticePage : public QWidget
{
    Q_OBJECT

public:
    AreaNoticePage(const QString &area, const QString &why, QWidget *parent = nullptr);
};

} // namespace lianxin
