# iac
