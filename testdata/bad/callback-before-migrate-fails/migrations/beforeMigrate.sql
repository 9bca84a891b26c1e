SELECT set_config('app.x', 'y', false);
LOCK TABLE missing_table;
