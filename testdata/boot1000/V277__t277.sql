-- core_t_277: table 277 of the core module
CREATE TABLE core_t_277 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_277_name_idx ON core_t_277 (name);
