// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/workspace/connectionform.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "models/session/workspace/connectiontester.h"

namespace OpsDeck::Widgets {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_tester(new Models::ConnectionTester(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
{
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_testButton, &QPushButton::clicked, this, [this] { test(); });
}

void ConnectionForm::addTestRows()
{
    m_form->addRow(QString(), m_testButton);
    m_form->addRow(QString(), m_result);
}

QLineEdit *ConnectionForm::addField(const QString &label, const QString &objectName, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::markUntested);
    return edit;
}

QCheckBox *ConnectionForm::addVerifyTls(const QString &objectName)
{
    auto *verify = new QCheckBox(tr("Verify the server's certificate"), this);
    verify->setObjectName(objectName);
    verify->setChecked(true);
    m_form->addRow(QString(), verify);
    connect(verify, &QCheckBox::toggled, this, &ConnectionForm::markUntested);
    return verify;
}

QString ConnectionForm::testText() const
{
    return m_result->text();
}

void ConnectionForm::refuse(const QString &text)
{
    m_result->setStyleSheet({});
    m_result->setText(text);
}

void ConnectionForm::asking(const QString &url)
{
    m_testButton->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Asking %1…").arg(url));
}

void ConnectionForm::showVerdict(bool ok, const QString &text)
{
    m_testButton->setEnabled(true);
    m_passed = ok;
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b7f3b;") : QStringLiteral("color: #b3261e;"));
    emit tested(ok);
}

void ConnectionForm::markUntested()
{
    if (m_tester->isRunning()) {
        m_tester->cancel();
        m_testButton->setEnabled(true);
    }
    m_passed = false;
    m_result->clear();
    emit changed();
}

} // namespace OpsDeck::Widgets
