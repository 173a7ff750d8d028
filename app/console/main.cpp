// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include "backend/settings/settings.h"
#include "models/inventory/inventoryservice.h"
#include "models/log/logmodel.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/theme.h"
#include "widgets/console/translations.h"

using namespace OpsDeck;

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("opsdeck"));
    QApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("OpsDeck"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("opsdeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Operator console for network and data-centre operations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QStringLiteral("Open the workspace in <folder> instead of the demo."),
                                             QStringLiteral("folder"));
    parser.addOption(workspaceOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the bundled demo workspace, whatever was open last."));
    parser.addOption(demoOption);
    // Development and benchmark options.
    QCommandLineOption scaleOption(QStringLiteral("demo-scale"),
                                   QStringLiteral("Size of a generated demo estate (1 = about 380 devices)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    scaleOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scaleOption);
    QCommandLineOption registryOption(QStringLiteral("registry-root"),
                                      QStringLiteral("Folder holding the workspaces (default: the user's data "
                                                     "folder; also $OPSDECK_REGISTRY_ROOT)."),
                                      QStringLiteral("folder"));
    registryOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(registryOption);
    QCommandLineOption settingsOption(QStringLiteral("settings"),
                                      QStringLiteral("Settings file to use (also $OPSDECK_SETTINGS_FILE)."),
                                      QStringLiteral("file"));
    settingsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(settingsOption);
    QCommandLineOption probeOption(QStringLiteral("startup-probe"),
                                   QStringLiteral("Print the start-up time once the inventory is painted, then quit."));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probeOption);
    parser.process(app);

    QString settingsFile = parser.value(settingsOption);
    if (settingsFile.isEmpty())
        settingsFile = qEnvironmentVariable("OPSDECK_SETTINGS_FILE");
    Settings::Settings settings(settingsFile.isEmpty() ? Settings::Settings::consoleFileName() : settingsFile);

    // Translators before any window exists.
    Widgets::Translations::install(&app, Widgets::Translations::resolve(settings.language()));
    Widgets::Theme::apply(settings.appearance());
    QObject::connect(&settings, &Settings::Settings::appearanceChanged, &app,
                     [](Settings::Appearance appearance) { Widgets::Theme::apply(appearance); });

    Models::LogModel log;
    log.installMessageHandler();
    Models::InventoryService service;
    Widgets::MainWindow window(&service, &settings, &log);

    if (parser.isSet(probeOption)) {
        QObject::connect(&window, &Widgets::MainWindow::inventoryPainted, &app, [&] {
            std::printf("opsdeck startup: painted_ms=%lld devices=%lld\n", qint64(startup.elapsed()),
                        qint64(service.snapshot().devices.size()));
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
        QObject::connect(&service, &Models::InventoryService::openFailed, &app, [&](const Error &error) {
            std::fprintf(stderr, "opsdeck startup: %s\n", qPrintable(error.toString()));
            QCoreApplication::exit(2);
        });
    }

    window.show();

    bool scaleOk = false;
    const int scale = parser.value(scaleOption).toInt(&scaleOk);
    if (!scaleOk || scale < 1) {
        std::fprintf(stderr, "opsdeck: --demo-scale expects a positive number\n");
        return 1;
    }
    QString registryRoot = parser.value(registryOption);
    if (registryRoot.isEmpty())
        registryRoot = qEnvironmentVariable("OPSDECK_REGISTRY_ROOT");
    if (registryRoot.isEmpty() && scale != 1) {
        // A scaled estate never replaces the everyday demo.
        registryRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/workspaces-scale%1").arg(scale);
    }

    const QString last = settings.lastWorkspace();
    if (parser.isSet(workspaceOption))
        service.openWorkspace(QDir(parser.value(workspaceOption)).absolutePath());
    else if (!parser.isSet(demoOption) && scale == 1 && registryRoot.isEmpty() && !last.isEmpty()
             && QDir(last).exists())
        service.openWorkspace(last);
    else
        service.openDemoWorkspace(registryRoot, scale);

    return QApplication::exec();
}
