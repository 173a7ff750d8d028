// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>
#include <QStringList>

namespace OpsDeck::Ssh {

/// Device configuration text helpers: normalising captured output and
/// unified diffs between two versions. Pure functions, any thread.
class ConfigDiff final
{
public:
    ConfigDiff() = delete;

    /// The configuration without the volatile banner a device prints around
    /// it ("Building configuration...", "Current configuration : N bytes"),
    /// with CR/LF folded to LF and trailing blank lines dropped.
    [[nodiscard]] static QString normalize(const QString &captured);

    /// A unified diff ("--- a", "+++ b", "@@ -l,n +l,n @@" hunks with
    /// @p context lines around each change). Empty when the texts are equal.
    [[nodiscard]] static QString unified(const QString &before, const QString &after,
                                         const QString &beforeLabel = QStringLiteral("before"),
                                         const QString &afterLabel = QStringLiteral("after"), int context = 3);

    /// The running configuration a device CLI of the rig's kind would hold
    /// after applying @p lines: "hostname X" replaces the hostname line,
    /// "no LINE" removes LINE, anything else is appended. Used for the
    /// dry-run diff of a push.
    [[nodiscard]] static QString simulateApply(const QString &config, const QStringList &lines);

    /// Lines that undo @p lines on @p config (applied in order with
    /// simulateApply they restore the configuration's lines).
    [[nodiscard]] static QStringList undoLines(const QString &config, const QStringList &lines);
};

} // namespace OpsDeck::Ssh
