CREATE TABLE "reception_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"household_ref" text NOT NULL,
	"household_size" integer NOT NULL,
	"adults" integer NOT NULL,
	"children" integer NOT NULL,
	"target_group" text NOT NULL,
	"assigned_on" date NOT NULL,
	"planned_reception_on" date,
	"received_on" date,
	"status" text DEFAULT 'assigned' NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"planner_run_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_assignments_size_ck" CHECK ("reception_assignments"."household_size" = "reception_assignments"."adults" + "reception_assignments"."children" and "reception_assignments"."adults" >= 0 and "reception_assignments"."children" >= 0 and "reception_assignments"."household_size" >= 1)
);
--> statement-breakpoint
CREATE TABLE "housing_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"household_ref" text NOT NULL,
	"household_size" integer NOT NULL,
	"unit_id" uuid,
	"start_on" date NOT NULL,
	"contract_months" integer NOT NULL,
	"end_on" date NOT NULL,
	"end_overridden" boolean DEFAULT false NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_placements_ck" CHECK ("housing_placements"."household_size" >= 1 and "housing_placements"."end_on" >= "housing_placements"."start_on")
);
--> statement-breakpoint
CREATE TABLE "housing_policies" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"single_months" integer DEFAULT 24 NOT NULL,
	"family_months" integer DEFAULT 48 NOT NULL,
	"large_household_size" integer DEFAULT 5 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "housing_unit_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"changed_on" date NOT NULL,
	"places_total" integer NOT NULL,
	"places_occupied" integer NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "housing_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"rooms" integer NOT NULL,
	"beds" integer NOT NULL,
	"accessible" boolean DEFAULT false NOT NULL,
	"places_total" integer NOT NULL,
	"places_occupied" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_units_counts_ck" CHECK ("housing_units"."places_total" >= 0 and "housing_units"."places_occupied" >= 0 and "housing_units"."places_occupied" <= "housing_units"."places_total" and "housing_units"."rooms" >= 0 and "housing_units"."beds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "reception_assignments" ADD CONSTRAINT "reception_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_placements" ADD CONSTRAINT "housing_placements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_placements" ADD CONSTRAINT "housing_placements_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_policies" ADD CONSTRAINT "housing_policies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_unit_status" ADD CONSTRAINT "housing_unit_status_unit_id_housing_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."housing_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_unit_status" ADD CONSTRAINT "housing_unit_status_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_units" ADD CONSTRAINT "housing_units_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_assignments_ref_uq" ON "reception_assignments" USING btree ("org_id","year","household_ref");--> statement-breakpoint
CREATE INDEX "reception_assignments_year_org_idx" ON "reception_assignments" USING btree ("year","org_id");--> statement-breakpoint
CREATE INDEX "housing_placements_org_end_idx" ON "housing_placements" USING btree ("org_id","end_on");--> statement-breakpoint
CREATE INDEX "housing_unit_status_unit_idx" ON "housing_unit_status" USING btree ("unit_id","changed_on");--> statement-breakpoint
CREATE INDEX "housing_units_org_idx" ON "housing_units" USING btree ("org_id");