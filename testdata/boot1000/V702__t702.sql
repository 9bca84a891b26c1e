-- core_t_702: table 702 of the core module
CREATE TABLE core_t_702 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_702_name_idx ON core_t_702 (name);
INSERT INTO core_t_702 (name) VALUES ('first row of core_t_702'), ('second row');
