#include "core/storage/Migration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace lianxin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};
} // namespace

Result<QList<Migration>> loadMigrations(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            return Error{{}, Tr::tr("Migration file %1 is not named NNNN_name.sql.").arg(fileName)};
        QFile file(QDir(directory).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error{{}, Tr::tr("Cannot read migration file %1: %2").arg(fileName, file.errorString())};
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return Error{{}, Tr::tr("Migrations must be numbered 1, 2, 3… without gaps; found %1 at position %2.")
                                 .arg(migrations[i].version)
                                 .arg(i + 1)};
    }
    return migrations;
}

QStringList splitSqlStatements(const QString &script)
{
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = triggerStart.match(line).hasMatch();
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace lianxin
