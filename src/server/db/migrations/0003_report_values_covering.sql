DROP INDEX "report_values_round_key_idx";--> statement-breakpoint
DROP INDEX "report_values_key_round_idx";--> statement-breakpoint
CREATE INDEX "report_values_round_key_idx" ON "report_values" USING btree ("round_id","key","org_id","num");--> statement-breakpoint
CREATE INDEX "report_values_key_round_idx" ON "report_values" USING btree ("key","round_id","org_id","num");