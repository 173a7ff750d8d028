// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/edit/editdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "widgets/console/theme.h"

namespace OpsDeck::Widgets {

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
    , m_layout(new QVBoxLayout(this))
    , m_heading(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont font = m_heading->font();
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->addWidget(m_heading);
    m_layout->addLayout(m_form);
    m_layout->addStretch(1);
    m_layout->addWidget(m_buttons);

    okButton()->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (okButton()->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

EditDialog::~EditDialog() = default;

QPushButton *EditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void EditDialog::setHeading(const QString &text)
{
    m_heading->setText(text);
    m_heading->setVisible(!text.isEmpty());
}

QLabel *EditDialog::addField(const QString &label, QWidget *field, QWidget *buddy)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(buddy ? buddy : field);
    m_form->addRow(caption, field);
    auto *message = new QLabel(this);
    message->setObjectName((buddy ? buddy : field)->objectName() + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    m_form->addRow(QString(), message);
    m_form->setRowVisible(message, false);
    return message;
}

void EditDialog::setMessage(QLabel *message, const QString &text, bool error)
{
    message->setText(text);
    QPalette palette = message->palette();
    const bool dark = Theme::isDark(this->palette());
    const QColor colour = error ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e))
                                : this->palette().color(QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText, colour);
    message->setPalette(palette);
    m_form->setRowVisible(message, !text.isEmpty());
}

void EditDialog::revalidate()
{
    m_acceptable = validate();
    okButton()->setEnabled(m_acceptable);
}

} // namespace OpsDeck::Widgets
