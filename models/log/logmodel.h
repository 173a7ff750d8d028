// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QTimer>

namespace OpsDeck::Models {

/// One logged event.
struct LogEntry
{
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
};

/// The console's event log: messages of the "opsdeck.*" logging categories,
/// newest last, at most maximumEntries() of them. post() may be called from
/// any thread; entries are queued and appended on the model's thread in
/// batches (every 200 ms), so a burst never floods the view.
///
/// installMessageHandler() routes Qt's message handler through the model
/// (the previous handler still runs); the model removes itself when destroyed.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role { TypeRole = Qt::UserRole };

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    /// Forwards "opsdeck.*" messages from every thread to this model.
    void installMessageHandler();

    /// Thread-safe: queues an entry.
    void post(const LogEntry &entry);
    /// Appends the queued entries now (the timer does this by itself).
    void flush();

    [[nodiscard]] int maximumEntries() const { return m_maximum; }
    void setMaximumEntries(int maximum);
    [[nodiscard]] int warningCount() const { return m_warnings; }
    [[nodiscard]] LogEntry entry(int row) const { return m_entries.value(row); }

    [[nodiscard]] static QString levelText(QtMsgType type);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    /// Entries were appended; @p warnings counts warnings and worse among them.
    void entriesAdded(int count, int warnings);

private:
    void trim();

    QList<LogEntry> m_entries;
    QTimer m_flushTimer;
    int m_maximum = 5000;
    int m_warnings = 0;
};

} // namespace OpsDeck::Models
