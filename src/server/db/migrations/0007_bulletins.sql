CREATE TABLE "bulletin_recipients" (
	"bulletin_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"delivered_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"mail_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "bulletin_recipients_bulletin_id_user_id_pk" PRIMARY KEY("bulletin_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "bulletins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"sender_id" uuid NOT NULL,
	"sender_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"urgency" text NOT NULL,
	"audience" text NOT NULL,
	"functions" text[] DEFAULT '{}' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"resend_count" integer DEFAULT 0 NOT NULL,
	"last_resent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "bulletin_recipients" ADD CONSTRAINT "bulletin_recipients_bulletin_id_bulletins_id_fk" FOREIGN KEY ("bulletin_id") REFERENCES "public"."bulletins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_recipients" ADD CONSTRAINT "bulletin_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletin_recipients" ADD CONSTRAINT "bulletin_recipients_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_sender_id_users_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bulletins" ADD CONSTRAINT "bulletins_sender_org_id_organisations_id_fk" FOREIGN KEY ("sender_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulletin_recipients_user_idx" ON "bulletin_recipients" USING btree ("user_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "bulletins_network_sent_idx" ON "bulletins" USING btree ("network_id","sent_at");