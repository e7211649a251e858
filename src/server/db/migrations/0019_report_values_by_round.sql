-- A value is named by (round, key, organisation); one unique index serves the submit's
-- upserts, the picture and the trends. "num" is INCLUDEd by hand (drizzle cannot declare
-- it) so that both reads stay index-only scans.
ALTER TABLE "report_values" DROP CONSTRAINT "report_values_report_id_reports_id_fk";
--> statement-breakpoint
DROP INDEX "report_values_report_key_uq";--> statement-breakpoint
DROP INDEX "report_values_round_key_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "report_values_round_key_org_uq" ON "report_values" USING btree ("round_id","key","org_id") INCLUDE ("num");--> statement-breakpoint
ALTER TABLE "report_values" DROP COLUMN "report_id";
