-- core_t_556: table 556 of the core module
CREATE TABLE core_t_556 (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    created timestamptz DEFAULT now()
);
CREATE INDEX core_t_556_name_idx ON core_t_556 (name);
INSERT INTO core_t_556 (name) VALUES ('first row of core_t_556'), ('second row');
