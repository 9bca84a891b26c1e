-- core_t_658: table 658 of the core module
CREATE TABLE core_t_658 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_658_name_idx ON core_t_658 (name);
INSERT INTO core_t_658 (name) VALUES ('first row of core_t_658'), ('second row');
