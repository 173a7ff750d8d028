// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "backend/demo/demoestate.h"
#include "backend/store/store.h"
#include "models/session/rack/storerackdatasource.h"

namespace OpsDeck::Test {

/// A demo estate in an SQLite store under a temporary folder, with a plans
/// folder beside it, and a StoreRackDataSource over both.
struct RackDemo
{
    QTemporaryDir dir;
    QString storePath;
    QString plansDir;
    std::unique_ptr<Models::StoreRackDataSource> source;

    /// Imports the demo estate at @p scale; false (with a test failure) when that fails.
    bool open(int scale = 1)
    {
        if (!dir.isValid()) {
            QTest::qFail("cannot create a temporary folder", __FILE__, __LINE__);
            return false;
        }
        storePath = dir.filePath(QStringLiteral("store.sqlite"));
        plansDir = dir.filePath(QStringLiteral("plans"));
        {
            auto store = Store::Store::openSqlite(storePath);
            if (!store) {
                QTest::qFail(qPrintable(store.error().toString()), __FILE__, __LINE__);
                return false;
            }
            Demo::EstateOptions options;
            options.scale = scale;
            const Status imported = Demo::importDemoEstate(*store.value(), options);
            if (!imported) {
                QTest::qFail(qPrintable(imported.error().toString()), __FILE__, __LINE__);
                return false;
            }
        }
        const QString path = storePath;
        source = std::make_unique<Models::StoreRackDataSource>([path] { return Store::Store::openSqlite(path); },
                                                               plansDir);
        return true;
    }

    /// Loads a site (or the site of a rack) through the data source.
    bool load(Models::RackSiteData *out, qint64 siteId, qint64 rackId = 0)
    {
        QSignalSpy loaded(source.get(), &Models::RackDataSource::siteLoaded);
        QSignalSpy failed(source.get(), &Models::RackDataSource::errorOccurred);
        const quint64 request = source->requestSite(siteId, rackId);
        if (!loaded.wait(60000) || !failed.isEmpty()) {
            QTest::qFail("the site did not load", __FILE__, __LINE__);
            return false;
        }
        if (loaded.first().at(0).toULongLong() != request) {
            QTest::qFail("the answer carries another request number", __FILE__, __LINE__);
            return false;
        }
        *out = loaded.first().at(1).value<Models::RackSiteData>();
        return true;
    }
};

} // namespace OpsDeck::Test
