-- core_t_595: table 595 of the core module
CREATE TABLE core_t_595 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_595_name_idx ON core_t_595 (name);
