// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#pragma once

#include <QString>

namespace OpsDeck::Jobs {

/// Tells read-only device commands (show, display, ping, traceroute and their
/// usual abbreviations) from anything that may change a device. Conservative:
/// a command it does not know is a change, and so is a read-only command that
/// writes its output somewhere (`| redirect`, `| tee`, `| save`, `>`) or chains
/// another command (`;`, `&&`). Pure functions, any thread.
class CommandClassifier final
{
public:
    CommandClassifier() = delete;

    /// Whether every line of @p commands is read-only. Blank lines and
    /// comment lines ("!", "#") are ignored; text with no command is not
    /// read-only (there is nothing to run).
    [[nodiscard]] static bool isReadOnly(const QString &commands);
    /// Whether the one command line @p line is read-only.
    [[nodiscard]] static bool isReadOnlyLine(const QString &line);
};

} // namespace OpsDeck::Jobs
