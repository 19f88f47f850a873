#pragma once

#include "core/auth/AccountRepository.h"
#include "core/demo/DemoAccounts.h"
#include "core/demo/DemoGenerator.h"
#include "tests/support/TestStore.h"
#include "ui/Settings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace lianxin::test {

// A demo township with its accounts (one per role) and settings in a temporary file: what the widget
// tests sign in to.
struct DemoWorkspace
{
    TestStore store;
    QTemporaryDir settingsDir;
    Settings settings{std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("settings.ini")),
                                                  QSettings::IniFormat)};

    DemoWorkspace(quint64 seed, int households)
    {
        REQUIRE(DemoGenerator(store.db(), {seed, households}).run().ok());
        REQUIRE(makeDemoAccounts(store.db(), DemoOptions().townshipCode).ok());
    }

    Account account(const char *username)
    {
        const auto found = AccountRepository(store.db()).findByUsername(QString::fromLatin1(username));
        REQUIRE(found);
        return *found;
    }
};

} // namespace lianxin::test
