// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "opsdeck.i18n")

namespace OpsDeck::Widgets {

QString Translations::resolve(const QString &setting)
{
    if (!setting.isEmpty())
        return setting;
    const QString system = QLocale::system().name();
    return system.section(u'_', 0, 0);
}

bool Translations::install(QCoreApplication *app, const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("C"))
        return true;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/opsdeck_") + language)) {
        qCInfo(lcTranslations) << "no translation for" << language << "- using English";
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace OpsDeck::Widgets
