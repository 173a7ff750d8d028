// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include "app/console/featurewiring.h"
#include "app/console/workspacecontroller.h"
#include "app/console/workspacefeatures.h"
#include "backend/settings/settings.h"
#include "backend/workspace/workspaceregistry.h"
#include "models/log/logmodel.h"
#include "models/session/inventory/inventoryservice.h"
#include "widgets/console/mainwindow.h"
#include "widgets/console/theme.h"
#include "widgets/console/translations.h"

using namespace OpsDeck;

namespace {

struct ConsoleOptions
{
    explicit ConsoleOptions(QCommandLineParser &parser);

    QCommandLineOption workspace;
    QCommandLineOption demo;
    QCommandLineOption scale;
    QCommandLineOption registry;
    QCommandLineOption settings;
    QCommandLineOption probe;
};

ConsoleOptions::ConsoleOptions(QCommandLineParser &parser)
    : workspace(QStringLiteral("workspace"), QStringLiteral("Open the workspace in <folder>."), QStringLiteral("folder"))
    , demo(QStringLiteral("demo"), QStringLiteral("Open the bundled demo workspace, whatever was open last."))
    , scale(QStringLiteral("demo-scale"), QStringLiteral("Size of a generated demo estate (1 = about 380 devices)."),
            QStringLiteral("N"), QStringLiteral("1"))
    , registry(QStringLiteral("registry-root"),
               QStringLiteral("Folder holding the workspaces (default: the user's data folder; also "
                              "$OPSDECK_REGISTRY_ROOT)."),
               QStringLiteral("folder"))
    , settings(QStringLiteral("settings"), QStringLiteral("Settings file to use (also $OPSDECK_SETTINGS_FILE)."),
               QStringLiteral("file"))
    , probe(QStringLiteral("startup-probe"),
            QStringLiteral("Print the start-up time once the inventory is painted, then quit."))
{
    parser.setApplicationDescription(QStringLiteral("Operator console for network and data-centre operations."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Development and benchmark options.
    for (QCommandLineOption *hidden : {&scale, &registry, &settings, &probe})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({workspace, demo, scale, registry, settings, probe});
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("opsdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
}

/// --help and --version answer without a display (a first command on a
/// server or over ssh): parsed by a plain core application first.
void answerWithoutDisplay(int argc, char *argv[])
{
    static const QByteArrayList informational{"-h", "--help", "-help", "--help-all", "-v", "--version", "-version", "-?"};
    bool wanted = false;
    for (int i = 1; i < argc; ++i)
        wanted = wanted || informational.contains(QByteArray(argv[i]));
    if (!wanted)
        return;
    QCoreApplication core(argc, argv);
    setApplicationNames();
    QCommandLineParser parser;
    const ConsoleOptions options(parser);
    parser.process(core); // prints and exits
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();

    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("OpsDeck"));
    QApplication::setDesktopFileName(QStringLiteral("opsdeck"));

    QCommandLineParser parser;
    const ConsoleOptions options(parser);
    parser.process(app);

    QString settingsFile = parser.value(options.settings);
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
    // The features before the window shows, so their docks take their saved place.
    auto *features = new Console::FeatureWiring(&window);
    Console::WorkspaceController workspaces(&window, features->features()->serviceConnection(), &service, &settings);

    if (parser.isSet(options.probe)) {
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
    const int scale = parser.value(options.scale).toInt(&scaleOk);
    if (!scaleOk || scale < 1) {
        std::fprintf(stderr, "opsdeck: --demo-scale expects a positive number\n");
        return 1;
    }
    QString registryRoot = parser.value(options.registry);
    if (registryRoot.isEmpty())
        registryRoot = qEnvironmentVariable("OPSDECK_REGISTRY_ROOT");
    if (registryRoot.isEmpty() && scale != 1) {
        // A scaled estate never replaces the everyday demo.
        registryRoot = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/workspaces-scale%1").arg(scale);
    }

    // The workspace asked for; else the one used last (by this console, or
    // chosen with opsdeck-cli); else, on a first start, the welcome page.
    QString last = Workspace::WorkspaceRegistry().lastUsed();
    if (last.isEmpty() && Workspace::Workspace::isWorkspace(settings.lastWorkspace()))
        last = settings.lastWorkspace();
    const bool development = scale != 1 || !registryRoot.isEmpty();
    if (parser.isSet(options.workspace))
        service.openWorkspace(QDir(parser.value(options.workspace)).absolutePath());
    else if (parser.isSet(options.demo) || development)
        service.openDemoWorkspace(registryRoot, scale);
    else if (!last.isEmpty())
        service.openWorkspace(last);
    else
        workspaces.showWelcome();

    return QApplication::exec();
}
