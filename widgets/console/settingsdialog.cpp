// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "widgets/console/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "backend/settings/settings.h"

namespace OpsDeck::Widgets {

using OpsDeck::Settings::Appearance;
using OpsDeck::Settings::ProxyMode;
using OpsDeck::Settings::Units;

SettingsDialog::SettingsDialog(Settings::Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_appearance(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_units(new QComboBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_pollInterval(new QSpinBox(this))
    , m_pollTimeout(new QSpinBox(this))
    , m_alarmNotify(new QCheckBox(tr("&Notify me of new critical alarms"), this))
    , m_alarmSound(new QCheckBox(tr("Also play a &sound"), this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_appearance->addItem(tr("Follow the system"), int(Appearance::System));
    m_appearance->addItem(tr("Light"), int(Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Appearance::Dark));
    m_appearance->setAccessibleName(tr("Appearance"));

    m_language->addItem(tr("System language"), QString());
    // Language names in their own language, so a user can always find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("A new language applies when OpsDeck starts again."));
    m_languageNote->setEnabled(false);
    m_languageNote->setWordWrap(true);

    m_units->addItem(tr("Metric (mm, kg, °C)"), int(Units::Metric));
    m_units->addItem(tr("Imperial (in, lb, °F)"), int(Units::Imperial));
    m_units->setAccessibleName(tr("Units"));

    m_proxyMode->addItem(tr("Use the system proxy"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("Manual proxy"), int(ProxyMode::Manual));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyHost->setPlaceholderText(tr("proxy.example.net"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);

    m_pollInterval->setRange(5, 86400);
    m_pollInterval->setSuffix(tr(" s"));
    m_pollInterval->setAccessibleName(tr("Polling interval"));
    m_pollTimeout->setRange(100, 60000);
    m_pollTimeout->setSingleStep(100);
    m_pollTimeout->setSuffix(tr(" ms"));
    m_pollTimeout->setAccessibleName(tr("Polling timeout"));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Appearance:"), m_appearance);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), m_languageNote);
    generalForm->addRow(tr("&Units:"), m_units);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Proxy:"), m_proxyMode);
    networkForm->addRow(tr("&Host:"), m_proxyHost);
    networkForm->addRow(tr("P&ort:"), m_proxyPort);

    auto *polling = new QGroupBox(tr("Polling defaults"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("&Interval:"), m_pollInterval);
    pollingForm->addRow(tr("&Timeout:"), m_pollTimeout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    m_alarmNotify->setObjectName(QStringLiteral("alarmNotifyBox"));
    m_alarmSound->setObjectName(QStringLiteral("alarmSoundBox"));
    connect(m_alarmNotify, &QCheckBox::toggled, m_alarmSound, &QCheckBox::setEnabled);
    auto *alarms = new QGroupBox(tr("Alarms"), this);
    auto *alarmsLayout = new QVBoxLayout(alarms);
    alarmsLayout->addWidget(m_alarmNotify);
    alarmsLayout->addWidget(m_alarmSound);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(network);
    layout->addWidget(polling);
    layout->addWidget(alarms);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
}

void SettingsDialog::load()
{
    m_appearance->setCurrentIndex(m_appearance->findData(int(m_settings->appearance())));
    const int language = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_units->setCurrentIndex(m_units->findData(int(m_settings->units())));
    const Settings::ProxySettings proxy = m_settings->proxy();
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(proxy.mode)));
    m_proxyHost->setText(proxy.host);
    m_proxyPort->setValue(proxy.port);
    m_pollInterval->setValue(m_settings->pollingIntervalSeconds());
    m_pollTimeout->setValue(m_settings->pollingTimeoutMs());
    m_alarmNotify->setChecked(m_settings->alarmNotifications());
    m_alarmSound->setChecked(m_settings->alarmSound());
    m_alarmSound->setEnabled(m_alarmNotify->isChecked());
    updateProxyFields();
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->currentData().toInt() == int(ProxyMode::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::apply()
{
    m_settings->setAppearance(Appearance(m_appearance->currentData().toInt()));
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setUnits(Units(m_units->currentData().toInt()));
    m_settings->setProxy({ProxyMode(m_proxyMode->currentData().toInt()), m_proxyHost->text(), m_proxyPort->value()});
    m_settings->setPollingIntervalSeconds(m_pollInterval->value());
    m_settings->setPollingTimeoutMs(m_pollTimeout->value());
    m_settings->setAlarmNotifications(m_alarmNotify->isChecked());
    m_settings->setAlarmSound(m_alarmSound->isChecked());
    m_settings->sync();
}

} // namespace OpsDeck::Widgets
