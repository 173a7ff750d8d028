// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "models/log/logmodel.h"

#include <map>
#include <mutex>

#include <QColor>

namespace OpsDeck::Models {

namespace {

// The queue between the message handler (any thread) and the model.
struct LogQueue
{
    std::mutex mutex;
    LogModel *model = nullptr;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    std::map<const LogModel *, QList<LogEntry>> perModel;
};

LogQueue &queue()
{
    static LogQueue q;
    return q;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogQueue &q = queue();
    QtMessageHandler previous = nullptr;
    {
        std::lock_guard lock(q.mutex);
        previous = q.previous;
        if (q.model && context.category && qstrncmp(context.category, "opsdeck.", 8) == 0) {
            q.perModel[q.model] << LogEntry{QDateTime::currentDateTime(), type,
                                            QString::fromLatin1(context.category), message};
        }
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
    m_flushTimer.start();
}

LogModel::~LogModel()
{
    LogQueue &q = queue();
    std::lock_guard lock(q.mutex);
    if (q.model == this)
        q.model = nullptr;
    q.perModel.erase(this);
}

void LogModel::installMessageHandler()
{
    LogQueue &q = queue();
    std::lock_guard lock(q.mutex);
    q.model = this;
    if (!q.installed) {
        q.installed = true;
        q.previous = qInstallMessageHandler(handleMessage);
    }
}

void LogModel::post(const LogEntry &entry)
{
    LogQueue &q = queue();
    std::lock_guard lock(q.mutex);
    q.perModel[this] << entry;
}

void LogModel::flush()
{
    QList<LogEntry> batch;
    {
        LogQueue &q = queue();
        std::lock_guard lock(q.mutex);
        auto it = q.perModel.find(this);
        if (it == q.perModel.end() || it->second.isEmpty())
            return;
        batch.swap(it->second);
    }
    int warnings = 0;
    for (const LogEntry &entry : std::as_const(batch)) {
        if (entry.type == QtWarningMsg || entry.type == QtCriticalMsg || entry.type == QtFatalMsg)
            ++warnings;
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_entries << batch;
    m_warnings += warnings;
    endInsertRows();
    trim();
    emit entriesAdded(int(batch.size()), warnings);
}

void LogModel::setMaximumEntries(int maximum)
{
    m_maximum = std::max(1, maximum);
    trim();
}

void LogModel::trim()
{
    const int excess = int(m_entries.size()) - m_maximum;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_entries.remove(0, excess);
    endRemoveRows();
}

QString LogModel::levelText(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("Debug");
    case QtInfoMsg:
        return tr("Info");
    case QtWarningMsg:
        return tr("Warning");
    case QtCriticalMsg:
    case QtFatalMsg:
        return tr("Error");
    }
    return {};
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return e.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(e.type);
        case CategoryColumn:
            return e.category;
        case MessageColumn:
            return e.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(e.message) : QVariant(e.time.toString(Qt::ISODateWithMs));
    case Qt::DecorationRole:
        if (index.column() != LevelColumn)
            return {};
        if (e.type == QtWarningMsg)
            return QColor(0xe0, 0x9b, 0x12);
        if (e.type == QtCriticalMsg || e.type == QtFatalMsg)
            return QColor(0xdc, 0x35, 0x45);
        return QColor(0x3b, 0x82, 0xf6);
    case TypeRole:
        return int(e.type);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace OpsDeck::Models
