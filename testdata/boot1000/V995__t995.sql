-- core_t_995: table 995 of the core module
CREATE TABLE core_t_995 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_995_name_idx ON core_t_995 (name);
