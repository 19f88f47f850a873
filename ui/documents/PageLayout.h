#pragma once

#include <QDate>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"

#include <functional>
#include <variant>

class QPagedPaintDevice;
class QPainter;

namespace lianxin::documents {

// A cell of a bordered form row; `weight` sets its share of the row's width.
struct Cell
{
    QString text;
    bool label = false; // a field name: bold, centred
    int weight = 1;
};

// A printed document as a sequence of blocks (titles, paragraphs, form rows, signature boxes), laid out
// on A4 pages with Chinese fonts and page numbers "第 N 页 共 M 页". Laying out is separate from painting,
// so that a contents page can give the page where each part starts and a dossier can number its pages.
// Nothing is left alone at a page's foot or top: a title or heading goes with what follows it, a table's
// heading row with its first row (and again above the rows that run on to the next page), and signature
// boxes and the seal with what precedes them.
class PageLayout
{
public:
    void title(const QString &text);
    void centered(const QString &text);
    void rightAligned(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text, bool indent = true);
    // One row of a bordered form; rows that follow each other make one table. A row too tall for a page
    // is set as a heading and a paragraph instead, so nothing is ever cut off.
    void row(const QList<Cell> &cells);
    // The heading row of a table (its column names): kept with the first row below it and repeated at the
    // top of every further page the table runs on to.
    void headerRow(const QList<Cell> &cells);
    // A line of boxes, one per person, to sign in (and, with thumbprints, to press a fingerprint in); never
    // split over pages, nor alone at the top of one.
    void signatures(const QStringList &who, bool thumbprints);
    // A square for the committee's seal, with the date line under it.
    void seal(const QString &label, const QString &dateLine);
    void spacer(double millimetres);
    void pageBreak();
    // Starts a part listed in the contents; its page is known after layout.
    void part(const QString &name);
    // Pages before this number are not numbered (a dossier's cover and contents).
    void numberFrom(int firstNumberedPage) { m_numberFrom = firstNumberedPage; }
    void append(const PageLayout &other);

    struct Entry
    {
        QString name;
        int page = 0; // the printed page number
    };
    // Lays out on the device's page size and paints; returns the number of pages.
    int render(QPagedPaintDevice &device) const;
    // The parts and their printed page numbers, as render() would place them on `device`.
    QList<Entry> contents(QPagedPaintDevice &device) const;

private:
    struct Text
    {
        enum class Style { Title, Centered, Right, Heading, Paragraph, IndentedParagraph } style;
        QString text;
    };
    struct Row
    {
        QList<Cell> cells;
        bool header = false;
    };
    struct Signatures
    {
        QStringList who;
        bool thumbprints;
    };
    struct Seal
    {
        QString label;
        QString dateLine;
    };
    struct Space
    {
        double millimetres;
    };
    struct Break
    {
    };
    struct Part
    {
        QString name;
    };
    using Block = std::variant<Text, Row, Signatures, Seal, Space, Break, Part>;

    struct Placed; // what the layout puts where
    struct Piece;  // what may not be split over pages
    struct Laid;
    QList<Piece> pieces(QPagedPaintDevice &device) const;
    Laid layout(QPagedPaintDevice &device) const;

    QList<Block> m_blocks;
    int m_numberFrom = 1;
};

// A date as the printed forms write it: 2026年11月29日 (empty for an invalid date).
QString chineseDate(const QDate &date);

// Writes an A4 PDF (fonts embedded) of the layout that `make` builds for the file's page; returns the
// number of pages, or an Error naming the path when it cannot be written.
[[nodiscard]] Result<int> writePdfFile(const QString &path, const QString &title,
                                       const std::function<PageLayout(QPagedPaintDevice &)> &make,
                                       QPageSize::PageSizeId pageSize = QPageSize::A4,
                                       QPageLayout::Orientation orientation = QPageLayout::Portrait);

} // namespace lianxin::documents
