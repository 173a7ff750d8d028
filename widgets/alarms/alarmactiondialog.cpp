// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/alarms/alarmactiondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OpsDeck::Widgets {

AlarmActionDialog::AlarmActionDialog(Kind kind, int count, const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("alarmActionDialog"));
    QString title;
    QString prompt;
    QString button;
    switch (kind) {
    case Kind::Acknowledge:
        title = tr("Acknowledge Alarms");
        prompt = count == 1 && !subject.isEmpty() ? tr("Acknowledge the alarm “%1”?").arg(subject)
                                                  : tr("Acknowledge %n alarm(s)?", nullptr, count);
        button = tr("&Acknowledge");
        break;
    case Kind::Shelve:
        title = tr("Shelve Alarms");
        prompt = count == 1 && !subject.isEmpty()
                     ? tr("Shelve the alarm “%1”? It stays in the list but is not notified until the shelve ends.")
                           .arg(subject)
                     : tr("Shelve %n alarm(s)? They stay in the list but are not notified until the shelve ends.",
                          nullptr, count);
        button = tr("&Shelve");
        break;
    case Kind::Clear:
        title = tr("Clear Alarms");
        prompt = count == 1 && !subject.isEmpty()
                     ? tr("Clear the alarm “%1” by hand? It is raised again if its condition is still there.")
                           .arg(subject)
                     : tr("Clear %n alarm(s) by hand? Each is raised again if its condition is still there.",
                          nullptr, count);
        button = tr("C&lear");
        break;
    }
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);

    auto *form = new QFormLayout;
    if (kind == Kind::Shelve) {
        m_duration = new QComboBox(this);
        m_duration->setObjectName(QStringLiteral("shelveDuration"));
        for (int minutes : {15, 60, 240, 480, 1440, 10080}) {
            const QString text = minutes < 60     ? tr("%n minute(s)", nullptr, minutes)
                                 : minutes < 1440 ? tr("%n hour(s)", nullptr, minutes / 60)
                                                  : tr("%n day(s)", nullptr, minutes / 1440);
            m_duration->addItem(text, minutes);
        }
        m_duration->setCurrentIndex(1);
        form->addRow(tr("&For:"), m_duration);
    }
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("alarmComment"));
    m_comment->setPlaceholderText(kind == Kind::Acknowledge ? tr("What is being done (optional)")
                                                            : tr("Why (recorded in the alarm's history)"));
    form->addRow(tr("&Comment:"), m_comment);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(button);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_comment->setFocus();
}

QString AlarmActionDialog::comment() const
{
    return m_comment->text().trimmed();
}

void AlarmActionDialog::setComment(const QString &comment)
{
    m_comment->setText(comment);
}

int AlarmActionDialog::minutes() const
{
    return m_duration ? m_duration->currentData().toInt() : 0;
}

} // namespace OpsDeck::Widgets
