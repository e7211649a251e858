CREATE TABLE "meeting_agenda_attachments" (
	"agenda_item_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "meeting_agenda_attachments_agenda_item_id_attachment_id_pk" PRIMARY KEY("agenda_item_id","attachment_id")
);
--> statement-breakpoint
ALTER TABLE "meeting_agenda_attachments" ADD CONSTRAINT "meeting_agenda_attachments_agenda_item_id_meeting_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."meeting_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_attachments" ADD CONSTRAINT "meeting_agenda_attachments_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_agenda_attachments_attachment_idx" ON "meeting_agenda_attachments" USING btree ("attachment_id");