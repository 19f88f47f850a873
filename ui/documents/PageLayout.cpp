#include "ui/documents/PageLayout.h"

#include "ui/documents/DocumentFont.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <utility>

namespace lianxin::documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageLayout)
};

constexpr double kLeftMm = 25, kRightMm = 20, kTopMm = 22, kBottomMm = 22, kFooterMm = 12;
constexpr double kPadMm = 1.8, kMinRowMm = 9;

enum class Font { Title, Heading, Body, Label, Footer };

QFont fontFor(Font role)
{
    QFont font(documentFontFamily());
    switch (role) {
    case Font::Title:
        font.setPointSizeF(18);
        font.setBold(true);
        break;
    case Font::Heading:
    case Font::Label:
        font.setPointSizeF(11);
        font.setBold(true);
        break;
    case Font::Body:
        font.setPointSizeF(11);
        break;
    case Font::Footer:
        font.setPointSizeF(9);
        break;
    }
    return font;
}
} // namespace

struct PageLayout::Placed
{
    enum class Kind { Text, Frame } kind;
    QRectF rect;
    QString text;
    Font font = Font::Body;
    int flags = int(Qt::AlignLeft | Qt::AlignTop);
};

// A unit the pages are cut between: a line of text, a table row, a line of signature boxes, the seal.
struct PageLayout::Piece
{
    QList<Placed> items; // placed from the piece's top
    double height = 0;
    double spaceBefore = 0;    // left out at the top of a page the one before ran on to
    bool keepWithNext = false; // on the same page as the next piece
    bool heading = false;      // a title, heading or table heading row: never last on a page
    bool breakBefore = false;  // starts a new page
    int tableHeader = -1;      // the heading row repeated above this row on a new page
    QStringList parts;         // the parts that start here
};

struct PageLayout::Laid
{
    QList<QList<Placed>> pages;
    QList<Entry> parts; // page holds the page index until numbered
};

void PageLayout::title(const QString &text) { m_blocks.append(Text{Text::Style::Title, text}); }
void PageLayout::centered(const QString &text) { m_blocks.append(Text{Text::Style::Centered, text}); }
void PageLayout::rightAligned(const QString &text) { m_blocks.append(Text{Text::Style::Right, text}); }
void PageLayout::heading(const QString &text) { m_blocks.append(Text{Text::Style::Heading, text}); }
void PageLayout::paragraph(const QString &text, bool indent)
{
    m_blocks.append(Text{indent ? Text::Style::IndentedParagraph : Text::Style::Paragraph, text});
}
void PageLayout::row(const QList<Cell> &cells) { m_blocks.append(Row{cells, false}); }
void PageLayout::headerRow(const QList<Cell> &cells) { m_blocks.append(Row{cells, true}); }
void PageLayout::signatures(const QStringList &who, bool thumbprints) { m_blocks.append(Signatures{who, thumbprints}); }
void PageLayout::seal(const QString &label, const QString &dateLine) { m_blocks.append(Seal{label, dateLine}); }
void PageLayout::spacer(double millimetres) { m_blocks.append(Space{millimetres}); }
void PageLayout::pageBreak() { m_blocks.append(Break{}); }
void PageLayout::part(const QString &name) { m_blocks.append(Part{name}); }
void PageLayout::append(const PageLayout &other) { m_blocks.append(other.m_blocks); }

QList<PageLayout::Piece> PageLayout::pieces(QPagedPaintDevice &device) const
{
    const double unit = device.logicalDpiY() / 25.4; // device pixels per millimetre
    const double left = kLeftMm * unit;
    const double width = device.width() - (kLeftMm + kRightMm) * unit;
    const double pageHeight = device.height() - (kTopMm + kBottomMm) * unit;
    QList<Piece> result;
    // What the next piece takes from the blocks before it that place nothing.
    double space = 0;
    bool breakBefore = false;
    QStringList parts;
    bool inTable = false;
    int tableHeader = -1;

    const auto add = [&](Piece piece) {
        piece.spaceBefore = space;
        piece.breakBefore = breakBefore;
        piece.parts = parts;
        space = 0;
        breakBefore = false;
        parts.clear();
        result.append(std::move(piece));
    };
    const auto textPiece = [&](double height, const QString &text, Font font, int flags, bool heading) {
        Piece piece;
        piece.items.append({Placed::Kind::Text, QRectF(left, 0, width, height), text, font, flags});
        piece.height = height;
        piece.heading = heading;
        piece.keepWithNext = heading;
        add(std::move(piece));
    };
    const auto textHeight = [&](Font font, double w, const QString &text, int flags) {
        return QFontMetricsF(fontFor(font), &device).boundingRect(QRectF(0, 0, w, 1e9), flags | Qt::TextWordWrap, text).height();
    };
    // A paragraph line by line, so that a long record runs on over pages.
    const auto flow = [&](const QString &text, Font font, bool indent) {
        const QFont f = fontFor(font);
        const QFontMetricsF metrics(f, &device);
        for (const QString &para : text.split(QLatin1Char('\n'))) {
            QTextLayout lines(para, f, &device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            lines.setTextOption(option);
            lines.beginLayout();
            bool first = true;
            for (QTextLine line = lines.createLine(); line.isValid(); line = lines.createLine()) {
                const double indentWidth = first && indent ? metrics.horizontalAdvance(QStringLiteral("　　")) : 0;
                line.setLineWidth(width - indentWidth);
                const double height = metrics.lineSpacing() * 1.25;
                Piece piece;
                piece.items.append({Placed::Kind::Text, QRectF(left + indentWidth, 0, width - indentWidth, height),
                                    para.mid(line.textStart(), line.textLength()), font, Qt::AlignLeft | Qt::AlignVCenter});
                piece.height = height;
                add(std::move(piece));
                first = false;
            }
            lines.endLayout();
        }
    };
    // Signature boxes and the seal go with the last piece before them (past the headings that name them),
    // so that they never stand alone at the top of a page.
    const auto bindToWhatPrecedes = [&] {
        if (breakBefore)
            return;
        for (qsizetype i = result.size() - 1; i >= 0; --i) {
            result[i].keepWithNext = true;
            if (!result.at(i).heading || result.at(i).breakBefore)
                break;
        }
    };

    for (const Block &block : m_blocks) {
        const bool isRow = std::holds_alternative<Row>(block);
        if (inTable && !isRow) {
            space += 2 * unit;
            tableHeader = -1;
        }
        inTable = isRow;
        if (const auto *text = std::get_if<Text>(&block)) {
            switch (text->style) {
            case Text::Style::Title:
                textPiece(textHeight(Font::Title, width, text->text, Qt::AlignHCenter) + 6 * unit, text->text, Font::Title,
                          Qt::AlignCenter | Qt::TextWordWrap, true);
                break;
            case Text::Style::Centered:
            case Text::Style::Right:
            case Text::Style::Heading: {
                const bool heading = text->style == Text::Style::Heading;
                const Font font = heading ? Font::Heading : Font::Body;
                const int align = text->style == Text::Style::Centered ? Qt::AlignHCenter
                                  : text->style == Text::Style::Right  ? Qt::AlignRight
                                                                       : Qt::AlignLeft;
                textPiece(textHeight(font, width, text->text, align) + 2 * unit, text->text, font,
                          align | Qt::AlignVCenter | Qt::TextWordWrap, heading);
                break;
            }
            case Text::Style::Paragraph:
            case Text::Style::IndentedParagraph:
                flow(text->text, Font::Body, text->style == Text::Style::IndentedParagraph);
                break;
            }
        } else if (const auto *row = std::get_if<Row>(&block)) {
            int weights = 0;
            for (const Cell &cell : row->cells)
                weights += cell.weight;
            const double pad = kPadMm * unit;
            double height = kMinRowMm * unit;
            for (const Cell &cell : row->cells) {
                const double w = width * cell.weight / weights - 2 * pad;
                height = std::max(height, textHeight(cell.label ? Font::Label : Font::Body, w, cell.text, Qt::AlignLeft) + 2 * pad);
            }
            if (height > pageHeight) {
                // Too tall for any page: as a heading and paragraphs instead, which run on over pages.
                for (const Cell &cell : row->cells) {
                    if (cell.label)
                        textPiece(8 * unit, cell.text, Font::Heading, Qt::AlignLeft | Qt::AlignVCenter, true);
                    else
                        flow(cell.text, Font::Body, false);
                }
                inTable = false;
                tableHeader = -1;
                continue;
            }
            Piece piece;
            double x = left;
            for (const Cell &cell : row->cells) {
                const double w = width * cell.weight / weights;
                piece.items.append({Placed::Kind::Frame, QRectF(x, 0, w, height), {}, Font::Body, 0});
                piece.items.append({Placed::Kind::Text, QRectF(x + pad, pad, w - 2 * pad, height - 2 * pad), cell.text,
                                    cell.label || row->header ? Font::Label : Font::Body,
                                    int((cell.label || row->header ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) |
                                        Qt::TextWordWrap)});
                x += w;
            }
            piece.height = height;
            if (row->header) {
                piece.heading = piece.keepWithNext = true;
                tableHeader = int(result.size());
            } else {
                piece.tableHeader = tableHeader;
            }
            add(std::move(piece));
        } else if (const auto *sign = std::get_if<Signatures>(&block)) {
            const double boxW = 52 * unit, boxH = 24 * unit, thumb = 22 * unit, gap = 5 * unit;
            const double itemW = boxW + (sign->thumbprints ? thumb + 2 * unit : 0);
            bindToWhatPrecedes();
            space += 3 * unit;
            // One piece per line of boxes, each kept with the next: a block split only when taller than a page.
            Piece line;
            double x = left;
            for (const QString &who : sign->who) {
                if (x + itemW > left + width + 1) {
                    line.height = boxH;
                    line.keepWithNext = true;
                    add(std::exchange(line, Piece()));
                    space += gap;
                    x = left;
                }
                line.items.append({Placed::Kind::Frame, QRectF(x, 0, boxW, boxH), {}, Font::Body, 0});
                line.items.append({Placed::Kind::Text, QRectF(x + unit, unit, boxW - 2 * unit, 7 * unit), who, Font::Footer,
                                   Qt::AlignLeft | Qt::AlignTop});
                line.items.append({Placed::Kind::Text, QRectF(x + unit, boxH - 7 * unit, boxW - 2 * unit, 6 * unit),
                                   QStringLiteral("（签名）"), Font::Footer, Qt::AlignRight | Qt::AlignBottom});
                if (sign->thumbprints) {
                    const QRectF box(x + boxW + 2 * unit, (boxH - thumb) / 2, thumb, thumb);
                    line.items.append({Placed::Kind::Frame, box, {}, Font::Body, 0});
                    line.items.append({Placed::Kind::Text, box, QStringLiteral("（指印）"), Font::Footer, Qt::AlignHCenter | Qt::AlignBottom});
                }
                x += itemW + gap;
            }
            line.height = boxH;
            add(std::move(line));
            space += gap;
        } else if (const auto *seal = std::get_if<Seal>(&block)) {
            const double side = 38 * unit;
            bindToWhatPrecedes();
            Piece piece;
            const QRectF box(left + width - side, 2 * unit, side, side);
            piece.items.append({Placed::Kind::Frame, box, {}, Font::Body, 0});
            piece.items.append({Placed::Kind::Text, box.adjusted(unit, unit, -unit, -unit), seal->label, Font::Footer,
                                Qt::AlignCenter | Qt::TextWordWrap});
            piece.items.append({Placed::Kind::Text, QRectF(left, box.bottom() + unit, width, 7 * unit), seal->dateLine,
                                Font::Body, Qt::AlignRight | Qt::AlignVCenter});
            piece.height = box.bottom() + 9 * unit;
            add(std::move(piece));
        } else if (const auto *gap = std::get_if<Space>(&block)) {
            space += gap->millimetres * unit;
        } else if (std::holds_alternative<Break>(block)) {
            breakBefore = true;
            space = 0;
        } else if (const auto *part = std::get_if<Part>(&block)) {
            parts.append(part->name);
        }
    }
    if (!parts.isEmpty() || breakBefore)
        add(Piece()); // a part that starts at the very end still has its page
    return result;
}

PageLayout::Laid PageLayout::layout(QPagedPaintDevice &device) const
{
    const double unit = device.logicalDpiY() / 25.4;
    const double top = kTopMm * unit;
    const double bottom = device.height() - kBottomMm * unit;
    const QList<Piece> all = pieces(device);
    Laid laid;
    laid.pages.append(QList<Placed>());
    double y = top;
    bool ranOn = false; // the page was started because the one before was full

    const auto newPage = [&](bool full) {
        laid.pages.append(QList<Placed>());
        y = top;
        ranOn = full;
    };
    const auto spaceOf = [&](const Piece &piece) { return ranOn && y == top ? 0.0 : piece.spaceBefore; };
    // The heading row to repeat above a table's row at the top of a page, if header and row fit there.
    const auto repeatedHeader = [&](const Piece &piece) -> const Piece * {
        if (piece.tableHeader < 0)
            return nullptr;
        const Piece &header = all.at(piece.tableHeader);
        return header.height + piece.height <= bottom - top ? &header : nullptr;
    };
    const auto put = [&](const Piece &piece, double at) {
        for (Placed item : piece.items) {
            item.rect.translate(0, at);
            laid.pages.last().append(std::move(item));
        }
    };
    const auto place = [&](const Piece &piece) {
        if (piece.breakBefore && !laid.pages.last().isEmpty())
            newPage(false);
        if (y + spaceOf(piece) + piece.height > bottom && y > top)
            newPage(true);
        for (const QString &name : piece.parts)
            laid.parts.append({name, int(laid.pages.size() - 1)});
        if (ranOn && y == top) {
            if (const Piece *header = repeatedHeader(piece)) {
                put(*header, y);
                y += header->height;
            }
        }
        y += spaceOf(piece);
        put(piece, y);
        y += piece.height;
    };

    for (qsizetype i = 0; i < all.size(); ++i) {
        // The pieces that go with this one: moved to the next page together when they fit there but not
        // here. Those that fit on no page (a title kept with a long form) are cut where the page is full,
        // and the pieces after the cut are kept together in turn.
        const Piece &piece = all.at(i);
        if (y > top && !(piece.breakBefore && !laid.pages.last().isEmpty())) {
            double together = piece.height;
            for (qsizetype k = i; k + 1 < all.size() && all.at(k).keepWithNext && !all.at(k + 1).breakBefore; ++k)
                together += all.at(k + 1).spaceBefore + all.at(k + 1).height;
            const Piece *header = repeatedHeader(piece);
            if (y + piece.spaceBefore + together > bottom && together + (header ? header->height : 0) <= bottom - top)
                newPage(true);
        }
        place(piece);
    }
    if (laid.pages.size() > 1 && laid.pages.last().isEmpty())
        laid.pages.removeLast();
    return laid;
}

QList<PageLayout::Entry> PageLayout::contents(QPagedPaintDevice &device) const
{
    QList<Entry> entries = layout(device).parts;
    for (Entry &entry : entries)
        entry.page = entry.page + 1 - (m_numberFrom - 1);
    return entries;
}

int PageLayout::render(QPagedPaintDevice &device) const
{
    const Laid laid = layout(device);
    QPainter painter(&device);
    painter.setPen(QPen(Qt::black, device.logicalDpiY() / 25.4 * 0.3));
    const double unit = device.logicalDpiY() / 25.4;
    const int numbered = int(laid.pages.size()) - (m_numberFrom - 1);
    for (int p = 0; p < laid.pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        for (const Placed &item : laid.pages.at(p)) {
            if (item.kind == Placed::Kind::Frame) {
                painter.drawRect(item.rect);
            } else {
                painter.setFont(fontFor(item.font));
                painter.drawText(item.rect, item.flags, item.text);
            }
        }
        const int number = p + 1 - (m_numberFrom - 1);
        if (number >= 1) {
            painter.setFont(fontFor(Font::Footer));
            painter.drawText(QRectF(0, device.height() - kFooterMm * unit - 6 * unit, device.width(), 6 * unit), Qt::AlignCenter,
                             QStringLiteral("第 %1 页 共 %2 页").arg(number).arg(numbered));
        }
    }
    painter.end();
    return int(laid.pages.size());
}

QString chineseDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}

Result<int> writePdfFile(const QString &path, const QString &title,
                         const std::function<PageLayout(QPagedPaintDevice &)> &make, QPageSize::PageSizeId pageSize,
                         QPageLayout::Orientation orientation)
{
    // QPdfWriter does not report a file it cannot open: try first, to say why.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("path"), Tr::tr("Cannot write %1: %2").arg(path, probe.errorString())};
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageOrientation(orientation);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Lianxin"));
    return make(writer).render(writer);
}

} // namespace lianxin::documents
