// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>
#include <QList>

#include "backend/netbox/changeset.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace OpsDeck::Widgets {

/// The common frame of the console's NetBox edit dialogs: a heading, a form
/// with an inline message under each field that can be wrong, and OK/Cancel
/// with OK enabled only while the input is valid. Subclasses build their
/// fields, say in validate() whether the input is acceptable and return the
/// result as change-set edits. GUI thread.
class EditDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDialog)

public:
    ~EditDialog() override;

    /// The edits the dialog's input amounts to, in NetBox's write form
    /// (built through NetBox::ChangeSet); empty when nothing changed.
    [[nodiscard]] virtual QList<NetBox::Edit> edits() const = 0;

    [[nodiscard]] QPushButton *okButton() const;
    /// Whether the input passed the last validation (OK is enabled).
    [[nodiscard]] bool isAcceptable() const { return m_acceptable; }

protected:
    explicit EditDialog(QWidget *parent = nullptr);

    /// Sets the line shown above the form (plain text).
    void setHeading(const QString &text);
    [[nodiscard]] QFormLayout *form() const { return m_form; }
    [[nodiscard]] QVBoxLayout *mainLayout() const { return m_layout; }
    /// Adds a row to the form for @p field with a mnemonic @p label, and an
    /// inline message row below it (hidden while empty); returns the message
    /// label, named "<objectName of buddy, else of field>Message".
    QLabel *addField(const QString &label, QWidget *field, QWidget *buddy = nullptr);
    /// Shows @p text under its field (hides the row when empty); errors in
    /// the warning colour, hints muted.
    void setMessage(QLabel *message, const QString &text, bool error = true);

    /// Updates the messages and returns whether the input can be accepted.
    [[nodiscard]] virtual bool validate() = 0;
    /// Runs validate() and enables OK accordingly; connect input changes here.
    void revalidate();

private:
    QVBoxLayout *m_layout;
    QLabel *m_heading;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    bool m_acceptable = false;
};

} // namespace OpsDeck::Widgets
