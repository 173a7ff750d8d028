// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace OpsDeck::Widgets {

/// Asks for what an operator action on alarms needs: a comment, and for a
/// shelve how long (15 minutes to a week). Opened window-modal with open();
/// the caller reads comment() and minutes() on accepted(). GUI thread.
class AlarmActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmActionDialog)

public:
    enum class Kind { Acknowledge, Shelve, Clear };

    /// @p count: how many alarms the action applies to; @p subject names the
    /// alarm when there is one.
    AlarmActionDialog(Kind kind, int count, const QString &subject, QWidget *parent = nullptr);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString comment() const;
    void setComment(const QString &comment);
    /// The shelve duration in minutes (0 for other actions).
    [[nodiscard]] int minutes() const;
    [[nodiscard]] QComboBox *durationBox() const { return m_duration; }
    [[nodiscard]] QLineEdit *commentEdit() const { return m_comment; }

private:
    Kind m_kind;
    QComboBox *m_duration = nullptr;
    QLineEdit *m_comment = nullptr;
};

} // namespace OpsDeck::Widgets
