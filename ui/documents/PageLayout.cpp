#include "ui/documents/PageLayout.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace lianxin::documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PageLayout)
};

// The family fonts-noto-cjk installs; Qt embeds the glyphs used in each PDF.
const QString kFamily = QStringLiteral("Noto Sans CJK SC");
constexpr double kLeftMm = 25, kRightMm = 20, kTopMm = 22, kBottomMm = 22, kFooterMm = 12;
constexpr double kPadMm = 1.8, kMinRowMm = 9;

enum class Font { Title, Heading, Body, Label, Footer };

QFont fontFor(Font role)
{
    QFont font(kFamily);
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
void PageLayout::row(const QList<Cell> &cells) { m_blocks.append(Row{cells}); }
void PageLayout::signatures(const QStringList &who, bool thumbprints) { m_blocks.append(Signatures{who, thumbprints}); }
void PageLayout::seal(const QString &label, const QString &dateLine) { m_blocks.append(Seal{label, dateLine}); }
void PageLayout::spacer(double millimetres) { m_blocks.append(Space{millimetres}); }
void PageLayout::pageBreak() { m_blocks.append(Break{}); }
void PageLayout::part(const QString &name) { m_blocks.append(Part{name}); }
void PageLayout::append(const PageLayout &other) { m_blocks.append(other.m_blocks); }

PageLayout::Laid PageLayout::layout(QPagedPaintDevice &device) const
{
    const double unit = device.logicalDpiY() / 25.4; // device pixels per millimetre
    const double left = kLeftMm * unit;
    const double width = device.width() - (kLeftMm + kRightMm) * unit;
    const double top = kTopMm * unit;
    const double bottom = device.height() - kBottomMm * unit;
    Laid laid;
    laid.pages.append(QList<Placed>());
    double y = top;
    bool inTable = false;

    const auto newPage = [&] {
        laid.pages.append(QList<Placed>());
        y = top;
    };
    const auto ensure = [&](double height) {
        if (y + height > bottom && y > top)
            newPage();
    };
    const auto place = [&](Placed item) { laid.pages.last().append(std::move(item)); };
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
                ensure(height);
                place({Placed::Kind::Text, QRectF(left + indentWidth, y, width - indentWidth, height),
                       para.mid(line.textStart(), line.textLength()), font, Qt::AlignLeft | Qt::AlignVCenter});
                y += height;
                first = false;
            }
            lines.endLayout();
        }
    };

    for (const Block &block : m_blocks) {
        const bool isRow = std::holds_alternative<Row>(block);
        if (inTable && !isRow)
            y += 2 * unit;
        inTable = isRow;
        if (const auto *text = std::get_if<Text>(&block)) {
            switch (text->style) {
            case Text::Style::Title: {
                const double h = textHeight(Font::Title, width, text->text, Qt::AlignHCenter) + 6 * unit;
                ensure(h);
                place({Placed::Kind::Text, QRectF(left, y, width, h), text->text, Font::Title, Qt::AlignCenter | Qt::TextWordWrap});
                y += h;
                break;
            }
            case Text::Style::Centered:
            case Text::Style::Right:
            case Text::Style::Heading: {
                const Font font = text->style == Text::Style::Heading ? Font::Heading : Font::Body;
                const int align = text->style == Text::Style::Centered ? Qt::AlignHCenter
                                  : text->style == Text::Style::Right  ? Qt::AlignRight
                                                                       : Qt::AlignLeft;
                const double h = textHeight(font, width, text->text, align) + 2 * unit;
                ensure(h);
                place({Placed::Kind::Text, QRectF(left, y, width, h), text->text, font, align | Qt::AlignVCenter | Qt::TextWordWrap});
                y += h;
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
            if (height > bottom - top) {
                // Too tall for any page: as a heading and paragraphs instead, which run on over pages.
                for (const Cell &cell : row->cells) {
                    if (!cell.label) {
                        flow(cell.text, Font::Body, false);
                        continue;
                    }
                    ensure(8 * unit);
                    place({Placed::Kind::Text, QRectF(left, y, width, 8 * unit), cell.text, Font::Heading,
                           Qt::AlignLeft | Qt::AlignVCenter});
                    y += 8 * unit;
                }
                inTable = false;
                continue;
            }
            ensure(height);
            double x = left;
            for (const Cell &cell : row->cells) {
                const double w = width * cell.weight / weights;
                place({Placed::Kind::Frame, QRectF(x, y, w, height), {}, Font::Body, 0});
                place({Placed::Kind::Text, QRectF(x + pad, y + pad, w - 2 * pad, height - 2 * pad), cell.text,
                       cell.label ? Font::Label : Font::Body,
                       int((cell.label ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap)});
                x += w;
            }
            y += height;
        } else if (const auto *sign = std::get_if<Signatures>(&block)) {
            const double boxW = 52 * unit, boxH = 24 * unit, thumb = 22 * unit, gap = 5 * unit;
            const double itemW = boxW + (sign->thumbprints ? thumb + 2 * unit : 0);
            double x = left;
            y += 3 * unit;
            ensure(boxH);
            for (const QString &who : sign->who) {
                if (x + itemW > left + width + 1) {
                    x = left;
                    y += boxH + gap;
                    ensure(boxH);
                }
                place({Placed::Kind::Frame, QRectF(x, y, boxW, boxH), {}, Font::Body, 0});
                place({Placed::Kind::Text, QRectF(x + unit, y + unit, boxW - 2 * unit, 7 * unit), who, Font::Footer,
                       Qt::AlignLeft | Qt::AlignTop});
                place({Placed::Kind::Text, QRectF(x + unit, y + boxH - 7 * unit, boxW - 2 * unit, 6 * unit),
                       QStringLiteral("（签名）"), Font::Footer, Qt::AlignRight | Qt::AlignBottom});
                if (sign->thumbprints) {
                    const QRectF box(x + boxW + 2 * unit, y + (boxH - thumb) / 2, thumb, thumb);
                    place({Placed::Kind::Frame, box, {}, Font::Body, 0});
                    place({Placed::Kind::Text, box, QStringLiteral("（指印）"), Font::Footer, Qt::AlignHCenter | Qt::AlignBottom});
                }
                x += itemW + gap;
            }
            y += boxH + gap;
        } else if (const auto *seal = std::get_if<Seal>(&block)) {
            const double side = 38 * unit;
            ensure(side + 10 * unit);
            const QRectF box(left + width - side, y + 2 * unit, side, side);
            place({Placed::Kind::Frame, box, {}, Font::Body, 0});
            place({Placed::Kind::Text, box.adjusted(unit, unit, -unit, -unit), seal->label, Font::Footer,
                   Qt::AlignCenter | Qt::TextWordWrap});
            place({Placed::Kind::Text, QRectF(left, box.bottom() + unit, width, 7 * unit), seal->dateLine, Font::Body,
                   Qt::AlignRight | Qt::AlignVCenter});
            y = box.bottom() + 9 * unit;
        } else if (const auto *space = std::get_if<Space>(&block)) {
            y += space->millimetres * unit;
        } else if (std::holds_alternative<Break>(block)) {
            if (y > top || !laid.pages.last().isEmpty())
                newPage();
        } else if (const auto *part = std::get_if<Part>(&block)) {
            laid.parts.append({part->name, int(laid.pages.size() - 1)});
        }
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
                         const std::function<PageLayout(QPagedPaintDevice &)> &make, QPageSize::PageSizeId pageSize)
{
    // QPdfWriter does not report a file it cannot open: try first, to say why.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("path"), Tr::tr("Cannot write %1: %2").arg(path, probe.errorString())};
    probe.close();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Lianxin"));
    return make(writer).render(writer);
}

} // namespace lianxin::documents
