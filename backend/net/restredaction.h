// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace OpsDeck::Net {

/// Keeps secrets out of log lines and error texts: the values of
/// credential query items (apitoken, passhash, password, token, ...), the
/// password of a URL's user info, and any text registered with add() (a
/// token that travels in a path, a header value) become "***".
///
/// A plain value type.
class RestRedaction final
{
public:
    /// Registers a secret's text; texts shorter than six
    /// characters (which would mask ordinary words) are ignored.
    void add(const QByteArray &secret);
    void clear() { m_secrets.clear(); }

    [[nodiscard]] QString url(const QUrl &url) const;
    [[nodiscard]] QString text(QString text) const;

    /// Whether @p name is a query item that carries a credential.
    [[nodiscard]] static bool isCredentialParameter(const QString &name);
    [[nodiscard]] static QString mask() { return QStringLiteral("***"); }

private:
    QList<QString> m_secrets;
};

} // namespace OpsDeck::Net
