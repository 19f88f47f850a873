#include "ui/search/GlobalSearchDialog.h"

#include "core/search/RegisterSearch.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kDebounceMs = 120;
constexpr int kMaxResults = 30;
} // namespace

GlobalSearchDialog::GlobalSearchDialog(Database &database, const Account &account, QWidget *parent)
    : QDialog(parent), m_search(std::make_unique<RegisterSearch>(database, account.scope, account.permissions().revealPersonalData)), m_query(new QLineEdit),
      m_results(new QListWidget), m_empty(new QLabel), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search the register"));
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(tr("Name, part of an ID number, phone or address"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("results"));
    m_empty->setObjectName(QStringLiteral("noResults"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_empty, 1);
    resize(560, 420);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchDialog::runSearch);
    connect(m_query, &QLineEdit::returnPressed, this, &GlobalSearchDialog::choose);
    connect(m_results, &QListWidget::itemActivated, this, &GlobalSearchDialog::choose);
}

void GlobalSearchDialog::keyPressEvent(QKeyEvent *event)
{
    // Up and Down, typed in the query, move through the results.
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        m_results->setCurrentRow(qBound(0, m_results->currentRow() + step, m_results->count() - 1));
        return;
    }
    QDialog::keyPressEvent(event);
}

GlobalSearchDialog::~GlobalSearchDialog() = default;

void GlobalSearchDialog::runSearch()
{
    m_debounce->stop();
    m_results->clear();
    for (const SearchHit &hit : m_search->find(m_query->text(), kMaxResults)) {
        QString text;
        if (hit.kind == SearchHit::Kind::Person) {
            QStringList parts{hit.name};
            if (!hit.idNumber.isEmpty())
                parts.append(maskIdNumber(hit.idNumber));
            if (!hit.phone.isEmpty())
                parts.append(maskPhone(hit.phone));
            parts.append(hit.address);
            text = parts.join(QStringLiteral("  ·  "));
        } else {
            text = tr("Household: %1").arg(hit.address);
        }
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, hit.householdId);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    // A search that found nothing says so, in place of an empty list.
    const QString query = m_query->text().trimmed();
    const bool nothing = !query.isEmpty() && m_results->count() == 0;
    m_empty->setText(tr("Nothing found for \"%1\" in your regions. Try part of a name, an ID number, a phone "
                        "or an address.")
                         .arg(query));
    m_empty->setVisible(nothing);
    m_results->setVisible(!nothing);
}

void GlobalSearchDialog::choose()
{
    if (m_debounce->isActive())
        runSearch();
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    m_chosen = item->data(Qt::UserRole).toString();
    accept();
}

} // namespace lianxin
