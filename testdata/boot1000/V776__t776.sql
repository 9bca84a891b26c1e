-- core_t_776: table 776 of the core module
CREATE TABLE core_t_776 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_776_name_idx ON core_t_776 (name);
INSERT INTO core_t_776 (name) VALUES ('first row of core_t_776'), ('second row');
