// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OpsDeck contributors
#include "backend/vault/secretstore.h"

namespace OpsDeck::Vault {

SecretStore::~SecretStore() = default;

} // namespace OpsDeck::Vault
