#pragma once

#include <QProcess>
#include <QString>

#include <catch2/catch.hpp>

namespace lianxin::test {

// The text of a PDF as poppler's pdftotext reads it (layout kept, so that table cells stay on their line):
// what a person gets who copies or searches it.
inline QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext may put spaces between characters of wide layouts: compare without them.
inline QString squeezed(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

} // namespace lianxin::test
