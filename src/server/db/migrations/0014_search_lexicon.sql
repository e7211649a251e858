CREATE TABLE "search_lexemes" (
	"lexeme" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_documents_body_trgm_idx";--> statement-breakpoint
CREATE INDEX "search_lexemes_trgm_idx" ON "search_lexemes" USING gin ("lexeme" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_time_idx" ON "search_documents" USING btree ("occurred_at");--> statement-breakpoint
INSERT INTO "search_lexemes" ("lexeme") SELECT DISTINCT l FROM "search_documents", unnest(tsvector_to_array("search_vector")) AS l WHERE l !~ '^[0-9]+$' ON CONFLICT DO NOTHING;
