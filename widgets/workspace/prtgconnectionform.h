// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include "backend/vault/secret.h"
#include "backend/workspace/workspaceconfig.h"
#include "widgets/workspace/connectionform.h"

namespace OpsDeck::Widgets {

/// The fields of a PRTG connection (address "prtgUrl"; an API token
/// "prtgToken", or a user "prtgUser" with its passhash "prtgPasshash"; TLS
/// verification) with a *Test connection* button: PRTG's release and how
/// many devices and sensors the credentials read (Prtg::PrtgProbe). A token
/// wins over a passhash; the configuration never names both.
class PrtgConnectionForm final : public ConnectionForm
{
    Q_OBJECT

public:
    explicit PrtgConnectionForm(QWidget *parent = nullptr);

    void setConfig(const Workspace::PrtgConfig &config, bool secretStored);
    /// The configuration as typed: "prtg/token" when a token is typed or
    /// stored, else "prtg/passhash" when a passhash is (stored references kept).
    [[nodiscard]] Workspace::PrtgConfig config() const;
    /// The token or passhash typed (what config() names); empty: keep the stored one.
    [[nodiscard]] Vault::Secret secret() const;
    [[nodiscard]] bool hasUrl() const override;

    void test() override;

private:
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLineEdit *m_user;
    QLineEdit *m_passhash;
    QCheckBox *m_verify;
    Workspace::PrtgConfig m_base;
};

} // namespace OpsDeck::Widgets
