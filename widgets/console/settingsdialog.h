// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace OpsDeck::Settings {
class Settings;
}

namespace OpsDeck::Widgets {

/// Edits the console settings through the Settings facade: appearance,
/// language, units, proxy and polling defaults. OK and Apply write; Cancel
/// leaves the settings as they were.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings::Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *appearanceBox() const { return m_appearance; }
    [[nodiscard]] QComboBox *languageBox() const { return m_language; }

    /// Writes the dialog's values to the settings.
    void apply();

private:
    void load();
    void updateProxyFields();

    Settings::Settings *m_settings;
    QComboBox *m_appearance;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_units;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QSpinBox *m_pollInterval;
    QSpinBox *m_pollTimeout;
    QCheckBox *m_alarmNotify;
    QCheckBox *m_alarmSound;
};

} // namespace OpsDeck::Widgets
