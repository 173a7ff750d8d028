// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "opsdeck.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDomain, "opsdeck.domain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "opsdeck.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVault, "opsdeck.vault", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "opsdeck.demo", QtInfoMsg)
