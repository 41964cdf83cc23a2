-- An application's calls over time, for the TPS-use chart on its dashboard.
create index gateway_call_view_by_application on gateway_call_view (app_code, called_at);
