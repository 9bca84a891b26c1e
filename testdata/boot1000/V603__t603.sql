-- core_t_603: table 603 of the core module
CREATE TABLE core_t_603 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_603_name_idx ON core_t_603 (name);
