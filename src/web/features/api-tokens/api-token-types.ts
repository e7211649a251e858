/** GET /api/api-tokens items. */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiTokenList {
  tokens: ApiToken[];
}

/** POST /api/api-tokens: the secret is in this answer only. */
export interface CreatedApiToken {
  token: ApiToken;
  secret: string;
}
