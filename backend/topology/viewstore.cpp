// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/topology/viewstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace OpsDeck::Topology {

ViewStore::ViewStore(QString dir)
    : m_dir(std::move(dir))
{
}

QString ViewStore::viewsDirFor(const QString &plansDir)
{
    return QDir::cleanPath(QFileInfo(plansDir).absoluteDir().filePath(QStringLiteral("views")));
}

QString ViewStore::fileFor(const QString &viewKey) const
{
    QString safe = viewKey;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QDir(m_dir).filePath(QStringLiteral("topology-%1.json").arg(safe));
}

Result<Domain::ViewState> ViewStore::load(const QString &viewKey) const
{
    const QString path = fileFor(viewKey);
    QFile file(path);
    if (!file.exists())
        return Domain::ViewState{};
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, QStringLiteral("cannot read the view: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::InvalidInput, QStringLiteral("the view is not a JSON object: %1").arg(parseError.errorString()),
                     {{QStringLiteral("file"), path}});
    Domain::ViewState state;
    const QJsonObject root = doc.object();
    state.engine = root.value(QStringLiteral("engine")).toString();
    const QJsonArray pinned = root.value(QStringLiteral("pinned")).toArray();
    for (const QJsonValue &v : pinned) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QStringLiteral("device")).toInteger();
        if (id > 0)
            state.pinned.insert(id, QPointF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble()));
    }
    return state;
}

Status ViewStore::save(const QString &viewKey, const Domain::ViewState &state) const
{
    if (!QDir().mkpath(m_dir))
        return Error(ErrorCode::Io, QStringLiteral("cannot create the views folder"), {{QStringLiteral("file"), m_dir}});
    QList<qint64> ids = state.pinned.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray pinned;
    for (qint64 id : std::as_const(ids)) {
        const QPointF p = state.pinned.value(id);
        pinned.append(QJsonObject{{QStringLiteral("device"), id}, {QStringLiteral("x"), qRound(p.x() * 10) / 10.0},
                                  {QStringLiteral("y"), qRound(p.y() * 10) / 10.0}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("view"), viewKey},
                           {QStringLiteral("engine"), state.engine}, {QStringLiteral("pinned"), pinned}};
    const QString path = fileFor(viewKey);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error(ErrorCode::Io, QStringLiteral("cannot write the view: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    return {};
}

} // namespace OpsDeck::Topology
