CREATE TABLE "quota_allocations" (
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"county_code" text NOT NULL,
	"kommuntal" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quota_allocations_plan_id_org_id_pk" PRIMARY KEY("plan_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "quota_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"previous" integer,
	"kommuntal" integer NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"scenario_id" uuid,
	"transfer_id" uuid,
	"actor_user_id" uuid,
	"actor_org_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quota_inputs" (
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"population" integer NOT NULL,
	"labour_market" double precision NOT NULL,
	"newcomers_received" integer NOT NULL,
	"minors_received" integer NOT NULL,
	"asylum_seekers_abo" integer NOT NULL,
	"asylum_seekers_ebo" integer NOT NULL,
	"temporary_protection" integer NOT NULL,
	"housing" double precision,
	CONSTRAINT "quota_inputs_plan_id_org_id_pk" PRIMARY KEY("plan_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "quota_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"national_total" integer NOT NULL,
	"params" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"adopted_scenario_id" uuid,
	"adopted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quota_plans_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "quota_scenario_results" (
	"scenario_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"county_code" text NOT NULL,
	"kommuntal" integer NOT NULL,
	"quota" double precision NOT NULL,
	"share" double precision NOT NULL,
	CONSTRAINT "quota_scenario_results_scenario_id_org_id_pk" PRIMARY KEY("scenario_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "quota_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"reference_date" date,
	"national_total" integer NOT NULL,
	"params" jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"counties" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quota_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"from_org_id" uuid NOT NULL,
	"to_org_id" uuid NOT NULL,
	"persons" integer NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_plan_id_quota_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."quota_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_allocations" ADD CONSTRAINT "quota_allocations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_changes" ADD CONSTRAINT "quota_changes_plan_id_quota_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."quota_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_changes" ADD CONSTRAINT "quota_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_changes" ADD CONSTRAINT "quota_changes_transfer_id_quota_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."quota_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_changes" ADD CONSTRAINT "quota_changes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_changes" ADD CONSTRAINT "quota_changes_actor_org_id_organisations_id_fk" FOREIGN KEY ("actor_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_inputs" ADD CONSTRAINT "quota_inputs_plan_id_quota_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."quota_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_inputs" ADD CONSTRAINT "quota_inputs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_scenario_results" ADD CONSTRAINT "quota_scenario_results_scenario_id_quota_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."quota_scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_scenario_results" ADD CONSTRAINT "quota_scenario_results_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_scenarios" ADD CONSTRAINT "quota_scenarios_plan_id_quota_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."quota_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_scenarios" ADD CONSTRAINT "quota_scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_transfers" ADD CONSTRAINT "quota_transfers_plan_id_quota_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."quota_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_transfers" ADD CONSTRAINT "quota_transfers_from_org_id_organisations_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_transfers" ADD CONSTRAINT "quota_transfers_to_org_id_organisations_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quota_transfers" ADD CONSTRAINT "quota_transfers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "quota_allocations_org_idx" ON "quota_allocations" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "quota_changes_plan_idx" ON "quota_changes" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "quota_changes_org_idx" ON "quota_changes" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "quota_scenarios_plan_idx" ON "quota_scenarios" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "quota_transfers_plan_idx" ON "quota_transfers" USING btree ("plan_id");